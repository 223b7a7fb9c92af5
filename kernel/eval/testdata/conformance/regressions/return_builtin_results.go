package main

// A call of a builtin in a return statement of several results stores its
// value in its own result (yaegi stored every such value in the first
// result: `return 1, len(s)` returned 1, 1).

import "fmt"

func lens() (int, int) {
	s := []int{1, 2, 3}
	return 1, len(s)
}

func strLen() (string, int) {
	s := "abcd"
	return s, len(s)
}

func grow(s []int) (int, []int, int) {
	s = append(s, 100)
	return len(s), append(s, 7), cap(s[:1])
}

func count(s []int) (int, int) {
	cnt := 0
	for i := range s {
		if i < 2 {
			s = append(s, 100)
		}
		cnt++
	}
	return cnt, len(s)
}

func minmax(a, b int) (int, int) { return min(a, b), max(a, b) }

func main() {
	fmt.Println(lens())
	fmt.Println(strLen())
	a, b, c := grow([]int{1, 2, 3})
	fmt.Println(a, b, c > 0)
	fmt.Println(count([]int{1, 2, 3, 4, 5, 6}))
	fmt.Println(minmax(7, 3))
	m := map[string]int{"a": 1}
	f := func() (bool, int) { return true, len(m) }
	fmt.Println(f())
}
