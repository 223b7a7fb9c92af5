package main

import (
	"fmt"
	"strings"
)

type Vertex struct {
	Lat, Long float64
}

var m = map[string]Vertex{
	"Bell Labs": {40.68433, -74.39967},
	"Google":    {37.42202, -122.08408},
}

func WordCount(s string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(s) {
		counts[w]++
	}
	return counts
}

func main() {
	fmt.Println(m["Bell Labs"])
	fmt.Println(m)
	mm := make(map[string]int)
	mm["Answer"] = 42
	fmt.Println("The value:", mm["Answer"])
	mm["Answer"] = 48
	fmt.Println("The value:", mm["Answer"])
	delete(mm, "Answer")
	fmt.Println("The value:", mm["Answer"])
	v, ok := mm["Answer"]
	fmt.Println("The value:", v, "Present?", ok)
	fmt.Println(WordCount("I am learning Go!"))
	fmt.Println(WordCount("The quick brown fox jumped over the lazy dog."))
	fmt.Println(WordCount("I ate a donut. Then I ate another donut."))
}
