package main

import (
	"fmt"
	"math/bits"
	"strings"
)

const input = `#.######
#>>.<^<#
#.<..<<#
#>v.><>#
#<^v^^>#
######.#`

// Rows are bit sets: bit x set means a blizzard or wall occupies column x.
type Row uint64

func main() {
	lines := strings.Split(input, "\n")
	h, w := len(lines)-2, len(lines[0])-2
	right := make([]Row, h)
	left := make([]Row, h)
	up := make([][]bool, h)
	down := make([][]bool, h)
	for y := 0; y < h; y++ {
		up[y] = make([]bool, w)
		down[y] = make([]bool, w)
		for x := 0; x < w; x++ {
			switch lines[y+1][x+1] {
			case '>':
				right[y] |= 1 << x
			case '<':
				left[y] |= 1 << x
			case '^':
				up[y][x] = true
			case 'v':
				down[y][x] = true
			}
		}
	}
	full := Row(1)<<w - 1
	rotl := func(r Row, n int) Row {
		n %= w
		return (r<<n | r>>(w-n)) & full
	}
	blocked := func(y, t int) Row {
		b := rotl(right[y], t) | rotl(left[y], w-t%w)
		for x := 0; x < w; x++ {
			if up[(y+t)%h][x] || down[((y-t)%h+h)%h][x] {
				b |= 1 << x
			}
		}
		return b
	}
	trip := func(t int, forward bool) int {
		reach := make([]Row, h)
		for {
			t++
			next := make([]Row, h)
			for y := 0; y < h; y++ {
				r := reach[y] | reach[y]<<1 | reach[y]>>1
				if y > 0 {
					r |= reach[y-1]
				}
				if y < h-1 {
					r |= reach[y+1]
				}
				if forward && y == 0 {
					r |= 1
				}
				if !forward && y == h-1 {
					r |= 1 << (w - 1)
				}
				next[y] = r & full &^ blocked(y, t)
			}
			if forward && next[h-1]>>(w-1)&1 == 1 {
				return t + 1
			}
			if !forward && next[0]&1 == 1 {
				return t + 1
			}
			reach = next
		}
	}
	t1 := trip(0, true)
	t2 := trip(t1, false)
	t3 := trip(t2, true)
	fmt.Println(t1, t2, t3)
	fmt.Println(bits.OnesCount64(uint64(blocked(0, 0))), fmt.Sprintf("%06b", blocked(1, 3)))
}
