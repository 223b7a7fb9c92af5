package main

import "fmt"

// Converting an integer constant outside the range of runes to a string
// gives "\uFFFD", even when it does not fit an int64: string(1 << 100)
// (the interpreter refused it, "cannot convert 1 << 100 (constant ... of
// type string) to type string", the shift having been given the
// conversion's type).

const huge = string(1 << 100)

func main() {
	fmt.Printf("%q %q\n", huge, string(1<<100+65))
	const big = 1 << 70
	fmt.Printf("%q\n", string(big))
	fmt.Println(huge == "\uFFFD", len(huge))
}
