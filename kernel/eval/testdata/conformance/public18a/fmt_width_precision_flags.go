package main

import "fmt"

type pt struct{ X, Y int }

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+05d][% 5d][%x][%#5x][%-#8o]\n", 42, 42, 42, 42, 42, -42, 42, 42)
	fmt.Printf("[%8.3f][%-8.3f][%08.3f][%+.2e][%10.4g][%.0f][%#.0f][%g]\n", 3.14159, 3.14159, -3.14159, 12345.678, 0.000012345, 2.5, 2.0, 100000000.0)
	fmt.Printf("[%10s][%-10s][%.2s][%10.2s][%q][%-8q][%x][% x][%#x]\n", "go", "go", "gopher", "gopher", "a\tb", "q", "hi", "hi", "hi")
	fmt.Printf("[%c][%-3c][%U][%#U][%q][%d]\n", 'G', 'o', '⌘', '⌘', 'x', 'x')
	fmt.Printf("[%t][%6t][%-6t][%v]\n", true, false, true, !true)
	fmt.Printf("[%v][%+v][%#v][%T]\n", pt{1, 2}, pt{1, 2}, pt{1, 2}, pt{})
	fmt.Printf("[%6.2v][%08v][%-8v][%x][%X]\n", 3.14159, -12, []int{1}, []int{10, 255}, "hi")
	fmt.Printf("[%5v][%-5v][%05v]\n", []int{1, 22}, [2]bool{true}, map[string]int{"a": 1})
	fmt.Printf("[%p]\n", nil)
	fmt.Printf("[%e][%E][%.3g][%G]\n", 0.0, 1e100, 1e-10, 2e20)
	fmt.Printf("[%b][%o][%O][%x][%X]\n", 10, -8, 64, 3.5, -1.25)
	fmt.Printf("[%.3x][%10.4x][%-10X]|\n", "abcdef", "abcdef", []byte{1, 2})
	fmt.Printf("[%3c|%-4q|%#q|%#+q]\n", 'A', 'B', "`x`", "é")
	fmt.Printf("[%v %d %s]\n", []byte("ab"), []byte("ab"), []byte("ab"))
	fmt.Printf("[%08.3f|%+08d|%-+8d|%x]\n", -1.5, 7, 7, uint64(1)<<63)
	fmt.Printf("[%6.2f%%][%3d%%]\n", 99.5, 7)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[2]*[1]d|\n", 10, 6)
	fmt.Printf("%.*f|%-*s|\n", 2, 3.14159, 6, "ab")
	fmt.Printf("%v|%.1v|%10v|\n", 1e6, 1e6, 1e-5)
	fmt.Printf("%s %v\n", error(nil), any(nil))
	fmt.Printf("%d %s\n", []any{1, "a"}, []any{1, "a"})
	fmt.Printf("%5.1q|%x|%X\n", "abc", -255, 'é')
	s := fmt.Sprintf("%-*d|%*d", -5, 1, -5, 2)
	fmt.Println(s)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, true), fmt.Sprintln("x", 1))
	fmt.Print("a", "b", 1, 2, true, "\n")
	fmt.Println(fmt.Append([]byte("pre:"), 1, "x"), string(fmt.Appendf(nil, "%03d", 7)), string(fmt.Appendln(nil, "l")))
}
