package main

import "fmt"

func main() {
	fmt.Printf("|%6d|%6d|\n", 12, 345)
	fmt.Printf("|%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("|%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("|%6s|%6s|\n", "foo", "b")
	fmt.Printf("|%-6s|%-6s|\n", "foo", "b")
	fmt.Printf("|%08.3f|%-5s|%*d|%-*d|\n", 3.14159, "ab", 5, 42, 4, 7)
	fmt.Printf("|%+d|% d|%05d|%x|%X|%#x|%o|%#o|%O|\n", 5, 5, -42, 255, 255, 255, 8, 8, 8)
	fmt.Printf("|%.3s|%.0f|%g|%G|%.2e|\n", "abcdef", 2.5, 1e21, 1e-7, 12345.678)
	fmt.Printf("|%8.3q|%U|%#U|\n", "hello", 0x1F600, 'x')
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%d %!\n", 1)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
}
