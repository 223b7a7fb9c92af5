package main

import "fmt"

type Point struct {
	X, Y int
}

type Node struct {
	Val  int
	Next *Node
	Tags map[string]int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "USD %d.%02d", m/100, m%100)
			return
		}
		fmt.Fprintf(f, "$%d.%02d", m/100, m%100)
	case 'd':
		w, ok := f.Width()
		fmt.Fprintf(f, "%d(w=%d,%v)", int64(m), w, ok)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

func main() {
	p := Point{1, -2}
	pp := &p
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", pp, pp, pp)
	n := &Node{1, &Node{2, nil, nil}, map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n%+v\n", n.Tags, *n.Next)
	nested := map[string]map[int][]string{"x": {2: {"b"}, 1: {"a"}}, "a": nil}
	fmt.Printf("%v %d\n", nested, len(nested))
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|\n", 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 255, 8)
	fmt.Printf("|%8.3f|%-8.2f|%08.3f|%+.1e|%g|%G|%.3g|%e|\n", 3.14159, 2.5, -1.5, 12345.678, 1e-7, 1e21, 123456.0, 0.0)
	fmt.Printf("|%s|%10s|%-10s|%.2s|%q|%x|% X|%#q|\n", "go", "go", "go", "golang", "a\"b", "hi", "hi", "back`tick")
	fmt.Printf("|%c|%U|%#U|%q|%d|\n", 'G', 'ö', 'ö', 'ö', 'ö')
	fmt.Printf("|%t|%v|%p|%v|%d|\n", true, nil, nil, []int(nil), []int{})
	fmt.Printf("%v %s %d %x\n", Temp(21.55), Temp(-3), Temp(1), Temp(2))
	fmt.Printf("%v %#v %s\n", Secret("pw"), Secret("pw"), Secret("pw"))
	fmt.Printf("%v|%+v|%d|%8d|%s|%x\n", Money(12345), Money(99), Money(5), Money(7), Money(100), Money(1))
	fmt.Printf("%v %v\n", []any{Money(250), Temp(1)}, map[string]any{"m": Money(1), "t": Temp(2)})
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	var ip *int
	var e error
	fmt.Printf("%v %v %+v %#v\n", ip, e, e, ip)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %.2v %5.1v\n", 1.0/3, 1.0/3, 2.0/3)
	fmt.Printf("%x %X %x\n", -255, []int{10, 11}, 3.5)
	fmt.Printf("%08b %o %#b\n", byte(5), -8, 5)
	fmt.Printf("%v %v\n", struct{}{}, [2]bool{true})
	fmt.Printf("%v %+v\n", complex(1, -2), complex64(3))
}
