package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = "125 17"

type key struct {
	stone  uint64
	blinks int
}

var memo = map[key]int{}

func count(stone uint64, blinks int) int {
	if blinks == 0 {
		return 1
	}
	k := key{stone, blinks}
	if v, ok := memo[k]; ok {
		return v
	}
	var n int
	s := strconv.FormatUint(stone, 10)
	switch {
	case stone == 0:
		n = count(1, blinks-1)
	case len(s)%2 == 0:
		l, _ := strconv.ParseUint(s[:len(s)/2], 10, 64)
		r, _ := strconv.ParseUint(s[len(s)/2:], 10, 64)
		n = count(l, blinks-1) + count(r, blinks-1)
	default:
		n = count(stone*2024, blinks-1)
	}
	memo[k] = n
	return n
}

func main() {
	var stones []uint64
	for _, f := range strings.Fields(input) {
		v, _ := strconv.ParseUint(f, 10, 64)
		stones = append(stones, v)
	}
	for _, b := range []int{1, 6, 25, 75} {
		total := 0
		for _, s := range stones {
			total += count(s, b)
		}
		fmt.Println(b, total)
	}
	fmt.Println("memo entries", len(memo) > 100)
}
