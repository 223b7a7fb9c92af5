package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("%d: %d chars\n", lines, len(sc.Text()))
	}
	freq := map[string]int{}
	ws := bufio.NewScanner(strings.NewReader(text))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		w := strings.ToLower(strings.TrimFunc(ws.Text(), unicode.IsPunct))
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs[:5] {
		fmt.Printf("%-6s %d\n", e.k, e.v)
	}
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	var runes []string
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Println(runes)
	cs := bufio.NewScanner(strings.NewReader("a,b,,c"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Printf("%q ", cs.Text())
	}
	fmt.Println(cs.Err())
	r := bufio.NewReader(strings.NewReader("first line\nsecond\n"))
	l1, _ := r.ReadString('\n')
	b, _ := r.Peek(3)
	fmt.Printf("%q %q\n", l1, b)
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	fmt.Fprintf(w, "buffered %d", 1)
	fmt.Println(sb.Len(), w.Buffered())
	w.Flush()
	fmt.Println(sb.String())
}
