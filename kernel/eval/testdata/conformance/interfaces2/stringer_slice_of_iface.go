package main

import (
	"fmt"
	"strings"
)

type celsius float64
type color int

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c color) String() string   { return [...]string{"red", "green"}[c] }
func (c color) Hex() string      { return [...]string{"#f00", "#0f0"}[c] }

func main() {
	items := []fmt.Stringer{celsius(21.5), color(1)}
	var parts []string
	for _, it := range items {
		if h, ok := it.(interface{ Hex() string }); ok {
			parts = append(parts, it.String()+"="+h.Hex())
			continue
		}
		parts = append(parts, it.String())
	}
	fmt.Println(strings.Join(parts, ", "))
	for _, it := range items {
		switch v := it.(type) {
		case celsius:
			fmt.Println("celsius", float64(v))
		case color:
			fmt.Println("color", int(v))
		}
	}
}
