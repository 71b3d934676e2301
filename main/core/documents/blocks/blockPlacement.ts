/** What a block's builder needs to know about its neighbours. */
export interface BlockPlacement {
  /** An explicit page break precedes the block (carried as the paragraph's page-break-before). */
  readonly pageBreakBefore: boolean;
  /** The block is the body's last, kept on one page with the 落款 that follows it. */
  readonly keepWithNext?: boolean;
}
