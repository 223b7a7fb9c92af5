package main

import (
	"fmt"
	"image"
	"sort"
	"strings"
)

const input = `467..114..
...*......
..35..633.
......#...
617*......
.....+.58.
..592.....
......755.
...$.*....
.664.598..`

type Number struct {
	Val   int
	Start image.Point
	Len   int
}

func main() {
	grid := strings.Split(input, "\n")
	symbols := map[image.Point]byte{}
	var nums []Number
	for y, row := range grid {
		for x := 0; x < len(row); x++ {
			c := row[x]
			switch {
			case c >= '0' && c <= '9':
				n := Number{Start: image.Pt(x, y)}
				for x < len(row) && row[x] >= '0' && row[x] <= '9' {
					n.Val = n.Val*10 + int(row[x]-'0')
					n.Len++
					x++
				}
				x--
				nums = append(nums, n)
			case c != '.':
				symbols[image.Pt(x, y)] = c
			}
		}
	}
	sum := 0
	gears := map[image.Point][]int{}
	for _, n := range nums {
		box := image.Rect(n.Start.X-1, n.Start.Y-1, n.Start.X+n.Len+1, n.Start.Y+2)
		part := false
		for p, sym := range symbols {
			if p.In(box) {
				part = true
				if sym == '*' {
					gears[p] = append(gears[p], n.Val)
				}
			}
		}
		if part {
			sum += n.Val
		}
	}
	ratio := 0
	var keys []image.Point
	for p, vs := range gears {
		if len(vs) == 2 {
			ratio += vs[0] * vs[1]
			keys = append(keys, p)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Y < keys[j].Y })
	fmt.Println(len(nums), len(symbols), sum, ratio, keys)
}
