package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

var flagNames = map[Flags]string{FlagA: "A", FlagB: "B", FlagC: "C", FlagD: "D"}

func (f Flags) String() string {
	var parts []string
	for b := FlagA; b <= FlagD; b <<= 1 {
		if f&b != 0 {
			parts = append(parts, flagNames[b])
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

func (f Flags) Has(x Flags) bool { return f&x == x }

func main() {
	for l := Debug; l <= Error+1; l++ {
		fmt.Print(l, " ")
	}
	fmt.Println()
	f := FlagA | FlagC
	fmt.Println(f, f.Has(FlagA), f.Has(FlagA|FlagB), Flags(0), FlagD)
	f |= FlagB
	f &^= FlagA
	fmt.Printf("%v %d %b\n", f, f, f)
	levels := map[Level]int{Warn: 2, Error: 1}
	fmt.Println(levels)
}
