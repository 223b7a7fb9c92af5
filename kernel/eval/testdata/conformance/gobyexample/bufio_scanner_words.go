package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const text = `Go is expressive, concise, clean, and efficient.
Its concurrency mechanisms make it easy to write programs
that get the most out of multicore and networked machines.`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.Trim(strings.ToLower(sc.Text()), ".,")
		freq[w]++
		total++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	fmt.Println("words:", total, "distinct:", len(list))
	for _, e := range list[:4] {
		fmt.Printf("%-6s %d\n", e.k, e.v)
	}
	lines := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("%d: %d chars\n", n, len(lines.Text()))
	}
	r := bufio.NewReader(strings.NewReader("k1=v1;k2=v2"))
	for {
		tok, err := r.ReadString(';')
		fmt.Printf("%q %v\n", tok, err)
		if err != nil {
			break
		}
	}
}
