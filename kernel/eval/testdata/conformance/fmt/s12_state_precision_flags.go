package main

import (
	"fmt"
	"strconv"
)

type Bits uint8

func (b Bits) Format(s fmt.State, verb rune) {
	flags := ""
	for _, c := range "+-# 0" {
		if s.Flag(int(c)) {
			flags += string(c)
		}
	}
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "<%c f=%q w=%d,%v p=%d,%v %08b>", verb, flags, w, wok, p, pok, uint8(b))
}

type Temp float64

func (t Temp) Format(s fmt.State, verb rune) {
	p, ok := s.Precision()
	if !ok {
		p = 1
	}
	unit := "C"
	if verb == 'F' {
		t = t*9/5 + 32
		unit = "F"
	}
	fmt.Fprint(s, strconv.FormatFloat(float64(t), 'f', p, 64)+"°"+unit)
}

type Reformat struct{ v any }

func (r Reformat) Format(s fmt.State, verb rune) {
	fmt.Fprintf(s, "("+fmt.FormatString(s, verb)+")", r.v)
}

func main() {
	fmt.Printf("%v\n%+08.3x\n%-#5q\n% d\n", Bits(5), Bits(6), Bits(7), Bits(8))
	fmt.Printf("%*.*v\n", 4, 2, Bits(1))
	fmt.Printf("%v %.3v %F %.0F\n", Temp(21.5), Temp(21.5), Temp(100), Temp(-40))
	fmt.Printf("%v|%6.2f|%+d|%#x\n", Reformat{3.14159}, Reformat{3.14159}, Reformat{5}, Reformat{255})
	fmt.Println(fmt.Sprintf("%[2]v %[1]v", Temp(1), Bits(2)))
	fmt.Printf("%!\n")
	fmt.Printf("%d %s\n", Temp(1))
	fmt.Println(fmt.Append([]byte("x:"), Temp(3), Bits(0)))
}
