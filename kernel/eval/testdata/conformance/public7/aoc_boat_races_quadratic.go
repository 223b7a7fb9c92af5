package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

const input = `Time:      7  15   30
Distance:  9  40  200`

func ways(t, d int) int {
	// hold h: h*(t-h) > d  => h^2 - t h + d < 0
	disc := float64(t*t - 4*d)
	if disc < 0 {
		return 0
	}
	lo := (float64(t) - math.Sqrt(disc)) / 2
	hi := (float64(t) + math.Sqrt(disc)) / 2
	first := int(math.Floor(lo)) + 1
	last := int(math.Ceil(hi)) - 1
	return last - first + 1
}

func brute(t, d int) int {
	n := 0
	for h := 0; h <= t; h++ {
		if h*(t-h) > d {
			n++
		}
	}
	return n
}

func main() {
	lines := strings.Split(input, "\n")
	times := strings.Fields(lines[0])[1:]
	dists := strings.Fields(lines[1])[1:]
	prod := 1
	for i := range times {
		t, _ := strconv.Atoi(times[i])
		d, _ := strconv.Atoi(dists[i])
		w := ways(t, d)
		fmt.Println(t, d, w, brute(t, d))
		prod *= w
	}
	t, _ := strconv.Atoi(strings.Join(times, ""))
	d, _ := strconv.Atoi(strings.Join(dists, ""))
	fmt.Println(prod, t, d, ways(t, d), brute(t, d))
}
