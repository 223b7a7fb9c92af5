package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|\n", 42, 42, 42, 42, 42)
	fmt.Printf("|%x|%X|%#x|%#o|%O|%b|%#b|\n", 255, 255, 255, 8, 8, 5, 5)
	fmt.Printf("|%8.3f|%-8.2f|%08.2f|%+.1e|%g|%G|\n", math.Pi, math.E, -1.5, 123456.789, 1e21, 1e-7)
	fmt.Printf("|%*d|%-*d|%.*f|\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("|%10s|%-10s|%.3s|%q|%#q|%+q|\n", "go", "go", "golang", "tab\t", "raw", "é")
	fmt.Printf("|%c|%U|%#U|%q|\n", 'G', 'é', '⌘', '\'')
	fmt.Printf("|%t|%5t|%v|\n", true, false, nil)
	fmt.Printf("|%p|\n", nil)
	fmt.Printf("|%6.2f%%|\n", 99.5)
	fmt.Printf("|%x|% x|%X|% X|\n", "hi!", "hi!", []byte{1, 171}, []byte{1, 171})
	fmt.Printf("|%v|%.2v|%10.3v|\n", 1.0/3, 1.0/3, math.Pi)
	fmt.Printf("|%e|%.0f|%.0f|%.0f|\n", 0.0, 0.5, 1.5, 2.5)
	fmt.Printf("|%v|%v|%v|%.1f|\n", math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Printf("|%d|%v|%.2f|\n", []int{1, 2}, [2]bool{true}, []float64{1, 2.345})
	fmt.Printf("|%v|%.3g|%8.2e|\n", complex(1, -2), complex(1.23456, 7), complex64(1+1i))
	fmt.Printf("|%-4d|%-4d|\n|%4d|%4d|\n", 1, 22, 333, 4444)
	fmt.Printf("|%3c|%-3c|\n", 'x', 'y')
	fmt.Printf("|%08.3f|%+08d|%-08d|\n", -3.14159, 42, 42)
	fmt.Printf("|%x|%x|\n", -255, int8(-1))
	fmt.Printf("|%s|%v|\n", []byte("bytes"), []byte("ab"))
	fmt.Printf("|%5.1q|\n", "abc")
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	s := fmt.Sprintf("%6.2f|%-6.2f|%6.0f", 3.14159, 2.5, 2.5)
	fmt.Println(s, len(s))
}
