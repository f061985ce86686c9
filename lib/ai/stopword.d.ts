/** The `stopword` package ships no types: the four lists the offline Explain and Summarize use. */
declare module "stopword" {
  export const eng: string[];
  export const spa: string[];
  export const fra: string[];
  export const deu: string[];
}
