/**
 * Sharing classes after China's government data-sharing rules (政务数据共享): OPEN 无条件共享 (any
 * authenticated department), CONDITIONAL 有条件共享 (a grant the owner approved, for a purpose, until a
 * date), RESTRICTED 不予共享 (the owner only; others see a mask where one makes sense).
 */
export enum SharingClass {
  OPEN = "OPEN",
  CONDITIONAL = "CONDITIONAL",
  RESTRICTED = "RESTRICTED",
}
