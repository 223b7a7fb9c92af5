package main

import (
	"fmt"
	"strings"
)

const input = "2333133121414131402"

func expand(s string) []int {
	var disk []int
	for i, c := range s {
		n := int(c - '0')
		id := -1
		if i%2 == 0 {
			id = i / 2
		}
		for ; n > 0; n-- {
			disk = append(disk, id)
		}
	}
	return disk
}

func checksum(disk []int) int {
	sum := 0
	for i, id := range disk {
		if id > 0 {
			sum += i * id
		}
	}
	return sum
}

func render(disk []int) string {
	var sb strings.Builder
	for _, id := range disk {
		if id < 0 {
			sb.WriteByte('.')
		} else {
			sb.WriteByte(byte('0' + id%10))
		}
	}
	return sb.String()
}

func compactBlocks(disk []int) []int {
	d := append([]int(nil), disk...)
	l, r := 0, len(d)-1
	for {
		for l < r && d[l] >= 0 {
			l++
		}
		for l < r && d[r] < 0 {
			r--
		}
		if l >= r {
			return d
		}
		d[l], d[r] = d[r], -1
	}
}

func compactFiles(disk []int) []int {
	d := append([]int(nil), disk...)
	maxID := 0
	for _, id := range d {
		maxID = max(maxID, id)
	}
	for id := maxID; id >= 0; id-- {
		start, size := -1, 0
		for i, v := range d {
			if v == id {
				if start < 0 {
					start = i
				}
				size++
			}
		}
		run := 0
		for i := 0; i < start; i++ {
			if d[i] < 0 {
				run++
				if run == size {
					for k := 0; k < size; k++ {
						d[i-size+1+k], d[start+k] = id, -1
					}
					break
				}
			} else {
				run = 0
			}
		}
	}
	return d
}

func main() {
	disk := expand(input)
	fmt.Println(render(disk))
	a := compactBlocks(disk)
	fmt.Println(render(a), checksum(a))
	b := compactFiles(disk)
	fmt.Println(render(b), checksum(b))
}
