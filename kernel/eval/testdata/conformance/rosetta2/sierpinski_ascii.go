package main

import (
	"fmt"
	"strings"
)

func triangle(order int) []string {
	d := []string{"*"}
	sp := " "
	for i := 0; i < order; i++ {
		var next []string
		for _, s := range d {
			next = append(next, sp+s+sp)
		}
		for _, s := range d {
			next = append(next, s+" "+s)
		}
		d = next
		sp += sp
	}
	return d
}

func carpet(n int) []string {
	lines := []string{"#"}
	for i := 0; i < n; i++ {
		var next []string
		for _, l := range lines {
			next = append(next, l+l+l)
		}
		for _, l := range lines {
			next = append(next, l+strings.Repeat(" ", len(l))+l)
		}
		for _, l := range lines {
			next = append(next, l+l+l)
		}
		lines = next
	}
	return lines
}

func main() {
	for _, l := range triangle(3) {
		fmt.Println(strings.TrimRight(l, " "))
	}
	for _, l := range carpet(2) {
		fmt.Println(l)
	}
}
