package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type point struct{ x, y int }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

func main() {
	p := point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", &p, &p, &p)
	fmt.Printf("%t|%v\n", true, false)
	fmt.Printf("%d|%+d|%5d|%-5d|%05d|%x|%X|%o|%O|%b|%c|%q|%U|%#U\n", 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 'G', 'G', 0x1F600, 'é')
	fmt.Printf("%f|%.2f|%8.3f|%-8.2f|%e|%E|%g|%G|%.3g\n", 3.14159, 3.14159, 3.14159, 3.14159, 123400000.0, 0.000012, 1e21, 1e-7, 3.14159)
	fmt.Printf("%s|%q|%x|% x|%X|%10s|%-10s|%.2s\n", "gopher", "go\"pher", "hi", "hi", "hi", "right", "left", "truncate")
	fmt.Printf("%v|%d|%s|%x\n", []int{1, 2}, []int{1, 2}, []string{"a", "b"}, []byte("AB"))
	fmt.Printf("%v|%v|%v\n", map[string]int{"b": 2, "a": 1}, [2]bool{true}, struct{}{})
	fmt.Printf("%v|%s|%d|%x\n", Green, Red, Green, Green)
	fmt.Printf("%6.2f%%|%+.1e|%x|%X\n", 99.5, -1234.5, 3.5, -1.0)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%!|%z|%d\n", 1, "x")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%v %v\n", nil, []any{nil, 1})
	var ip *int
	var e error
	fmt.Printf("%v %v %p\n", ip, e, nil)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%08.3f|%+08d|% d|% d\n", -3.14159, 42, 42, -42)
	fmt.Printf("%#x|%#o|%#b|%#q|%#v|%#v\n", 255, 8, 5, "back`tick", []string{"a"}, map[string]bool{"k": true})
	fmt.Printf("%v|%.1f|%g\n", 1+2i, 3-4.5i, complex64(1i))
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "verb\tvalue\tout")
	for _, row := range [][2]string{{"%v", "42"}, {"%08b", "42"}, {"%#x", "42"}} {
		fmt.Fprintf(w, "%s\t%s\t"+row[0]+"\n", row[0], row[1], 42)
	}
	w.Flush()
	s := fmt.Sprint("a", 1, 2, "b", 3.0, nil, 'x')
	fmt.Println(s)
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Print("no", "space", 1, 2, "\n")
}
