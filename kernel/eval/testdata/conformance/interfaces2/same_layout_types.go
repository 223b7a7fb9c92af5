package main

import (
	"fmt"
	"io"
	"strings"
)

type celsius float64
type fahrenheit float64

func (c celsius) String() string    { return fmt.Sprintf("%.0f°C", float64(c)) }
func (c celsius) Celsius() float64  { return float64(c) }
func (f fahrenheit) String() string { return fmt.Sprintf("%.0f°F", float64(f)) }
func (f fahrenheit) Warm() bool     { return f > 70 }

type src struct {
	*strings.Reader
	name string
}
type dst struct {
	*strings.Reader
	name string
}

func (s src) Name() string { return "src " + s.name }
func (d dst) Close() error { fmt.Println("close", d.name); return nil }

func main() {
	var a, b fmt.Stringer = celsius(20), fahrenheit(80)
	for _, s := range []fmt.Stringer{a, b} {
		_, isC := s.(interface{ Celsius() float64 })
		w, isW := s.(interface{ Warm() bool })
		fmt.Println(s, isC, isW, isW && w.Warm())
		switch v := s.(type) {
		case celsius:
			fmt.Println("celsius", float64(v))
		case fahrenheit:
			fmt.Println("fahrenheit", float64(v))
		}
	}
	var r1 io.Reader = src{strings.NewReader("1"), "one"}
	var r2 io.Reader = dst{strings.NewReader("2"), "two"}
	for _, r := range []io.Reader{r1, r2} {
		if n, ok := r.(interface{ Name() string }); ok {
			fmt.Println(n.Name())
		}
		if c, ok := r.(io.Closer); ok {
			c.Close()
		}
	}
}
