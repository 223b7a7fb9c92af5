package main

import "fmt"

func main() {
	// A 2D grid made with one shared row: a classic mistake.
	row := make([]int, 3)
	bad := [][]int{row, row, row}
	bad[0][0] = 1
	fmt.Println(bad)
	good := make([][]int, 3)
	for i := range good {
		good[i] = make([]int, 3)
	}
	good[0][0] = 1
	fmt.Println(good)

	// append of a slice to a slice of slices keeps the header, not a copy.
	var all [][]int
	cur := make([]int, 0, 4)
	for i := 0; i < 3; i++ {
		cur = append(cur, i)
		all = append(all, cur)
	}
	fmt.Println(all)
	var copies [][]int
	cur = cur[:0]
	for i := 0; i < 3; i++ {
		cur = append(cur, i)
		copies = append(copies, append([]int(nil), cur...))
	}
	fmt.Println(copies)
	// Backtracking: the permutation slice must be copied when recorded.
	var perms [][]int
	var perm []int
	used := make([]bool, 3)
	var rec func()
	rec = func() {
		if len(perm) == 3 {
			perms = append(perms, append([]int{}, perm...))
			return
		}
		for i := 0; i < 3; i++ {
			if !used[i] {
				used[i] = true
				perm = append(perm, i)
				rec()
				perm = perm[:len(perm)-1]
				used[i] = false
			}
		}
	}
	rec()
	fmt.Println(perms)
}
