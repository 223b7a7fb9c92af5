package main

import "fmt"

func main() {
	ints := []any{0, 42, -42, int8(-128), uint8(255), int64(1 << 40), uint(7)}
	verbs := []string{"%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%x", "%X", "%#x", "%o", "%#o", "%O", "%b", "%c", "%q", "%U", "%#U", "%v", "%08.3d", "%+.2d", "%x"}
	for _, v := range ints {
		for _, f := range verbs {
			fmt.Printf(f+" ", v)
		}
		fmt.Println()
	}
	fmt.Printf("%*d|%-*d|%.*d\n", 6, 12, 6, 12, 4, 12)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
}
