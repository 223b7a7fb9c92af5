package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

var sizes = []int{KB, MB, GB}

var labels = func() []string {
	var out []string
	for _, s := range sizes {
		out = append(out, fmt.Sprintf("%d", s))
	}
	return out
}()

func main() {
	fmt.Println(labels)
}
