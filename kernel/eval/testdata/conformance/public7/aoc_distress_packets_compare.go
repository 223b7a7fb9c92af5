package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

const input = `[1,1,3,1,1]
[1,1,5,1,1]

[[1],[2,3,4]]
[[1],4]

[9]
[[8,7,6]]

[[4,4],4,4]
[[4,4],4,4,4]

[7,7,7,7]
[7,7,7]

[]
[3]

[[[]]]
[[]]

[1,[2,[3,[4,[5,6,7]]]],8,9]
[1,[2,[3,[4,[5,6,0]]]],8,9]`

func compare(a, b any) int {
	af, aNum := a.(float64)
	bf, bNum := b.(float64)
	switch {
	case aNum && bNum:
		switch {
		case af < bf:
			return -1
		case af > bf:
			return 1
		}
		return 0
	case aNum:
		return compare([]any{a}, b)
	case bNum:
		return compare(a, []any{b})
	}
	al, bl := a.([]any), b.([]any)
	for i := 0; i < len(al) && i < len(bl); i++ {
		if c := compare(al[i], bl[i]); c != 0 {
			return c
		}
	}
	return len(al) - len(bl)
}

func main() {
	var packets []any
	sum := 0
	for i, pair := range strings.Split(input, "\n\n") {
		lines := strings.Split(pair, "\n")
		var a, b any
		json.Unmarshal([]byte(lines[0]), &a)
		json.Unmarshal([]byte(lines[1]), &b)
		if compare(a, b) < 0 {
			sum += i + 1
		}
		packets = append(packets, a, b)
	}
	fmt.Println("ordered sum", sum)
	var d1, d2 any
	json.Unmarshal([]byte("[[2]]"), &d1)
	json.Unmarshal([]byte("[[6]]"), &d2)
	packets = append(packets, d1, d2)
	sort.Slice(packets, func(i, j int) bool { return compare(packets[i], packets[j]) < 0 })
	key := 1
	for i, p := range packets {
		b, _ := json.Marshal(p)
		fmt.Println(string(b))
		if s := string(b); s == "[[2]]" || s == "[[6]]" {
			key *= i + 1
		}
	}
	fmt.Println("decoder key", key)
}
