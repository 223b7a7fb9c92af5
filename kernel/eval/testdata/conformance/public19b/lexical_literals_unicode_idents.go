package main

import "fmt"

type Größe struct{ Wert float64 }

func (g Größe) Doppelt() Größe { return Größe{g.Wert * 2} }

func main() {
	π := 3.14159
	日本 := "Japan"
	_Ünïcode := 'ü'
	fmt.Println(π, 日本, string(_Ünïcode), Größe{1.5}.Doppelt())
	raw := `line1 "quoted"
	line2 \n not escaped ` + "`backtick`"
	fmt.Println(raw)
	fmt.Printf("%q\n", raw)
	runes := []rune{'\x41', '\u00e9', '\U0001F600', '\'', '\\', '\a', '\b', '\f', '\v', '\t', '\000', '\377'}
	fmt.Println(runes)
	fmt.Printf("%q\n", runes)
	fmt.Println(0o17, 017, 0b1010, 0x1F, 0x1f, 1_000_000, 0x_FF, 0b_1_0)
	fmt.Println(0x1p-2, 0x1.8p1, 1e3, 1e-3, .5, 5., 0.)
	fmt.Println(3i, 2.5i, 0x10i, 1e2i, 0o7i)
	fmt.Printf("%v %T\n", 'a'+1, 'a'+1)
	s := "\xe2\x82\xac \u20ac \U000020AC \342\202\254"
	fmt.Println(s, len(s))
	fmt.Println("tab\there", "nl\\n", "quote\"q\"", "uni\u2318")
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	if a, b := 3, 4; a*a+b*b == 25 {
		fmt.Println("pythagorean", a, b)
	}
	count := 0
	done := make(chan bool, 1)
	done <- true
	for count < 3 {
		select {
		case <-done:
			count += 10
			break
		default:
		}
		count++
	}
	fmt.Println("count", count)
	n := 0
	for i := range 6 {
		switch {
		case i%2 == 0:
			continue
		case i == 5:
			break
		default:
			n += i
		}
		n += 100
	}
	fmt.Println("n", n)
	switch x := 2; x {
	case 2:
		y := "two"
		fmt.Println(y)
		fallthrough
	case 3:
		y := "three-ish"
		fmt.Println(y)
	}
	var (
		a, b int = 1, 2
		c        = "c"
		d    float32
	)
	const (
		e = iota * 10
		f
		g = "g"
		h
	)
	fmt.Println(a, b, c, d, e, f, g, h)
	var _ = 5
	_, second := 1, 2
	fmt.Println(second)
}
