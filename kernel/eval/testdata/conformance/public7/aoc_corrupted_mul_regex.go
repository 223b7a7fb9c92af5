package main

import (
	"fmt"
	"regexp"
	"strconv"
)

const input = `xmul(2,4)&mul[3,7]!^don't()_mul(5,5)+mul(32,64](mul(11,8)undo()?mul(8,5))mul(123,4567)mul( 1,2)mul(1000,1)`

var re = regexp.MustCompile(`mul\((\d{1,3}),(\d{1,3})\)|do\(\)|don't\(\)`)

func main() {
	total, enabledTotal := 0, 0
	enabled := true
	for _, m := range re.FindAllStringSubmatch(input, -1) {
		switch m[0] {
		case "do()":
			enabled = true
		case "don't()":
			enabled = false
		default:
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			total += a * b
			if enabled {
				enabledTotal += a * b
			}
			fmt.Printf("%s=%d enabled=%v\n", m[0], a*b, enabled)
		}
	}
	fmt.Println(total, enabledTotal)
	idx := re.FindAllStringIndex(input, 3)
	fmt.Println(idx, re.NumSubexp(), re.String() != "")
	fmt.Println(re.ReplaceAllStringFunc("mul(1,2)do()", func(s string) string { return "[" + s + "]" }))
}
