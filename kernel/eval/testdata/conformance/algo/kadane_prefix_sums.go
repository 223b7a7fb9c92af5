package main

import "fmt"

type Prefix2D struct{ s [][]int }

func NewPrefix2D(m [][]int) Prefix2D {
	s := make([][]int, len(m)+1)
	for i := range s {
		s[i] = make([]int, len(m[0])+1)
	}
	for i := range m {
		for j := range m[i] {
			s[i+1][j+1] = m[i][j] + s[i][j+1] + s[i+1][j] - s[i][j]
		}
	}
	return Prefix2D{s}
}

func (p Prefix2D) Sum(r1, c1, r2, c2 int) int {
	return p.s[r2+1][c2+1] - p.s[r1][c2+1] - p.s[r2+1][c1] + p.s[r1][c1]
}

func subarraySumK(nums []int, k int) int {
	count, sum := 0, 0
	seen := map[int]int{0: 1}
	for _, x := range nums {
		sum += x
		count += seen[sum-k]
		seen[sum]++
	}
	return count
}

func productExceptSelf(nums []int) []int {
	out := make([]int, len(nums))
	p := 1
	for i := range nums {
		out[i] = p
		p *= nums[i]
	}
	p = 1
	for i := len(nums) - 1; i >= 0; i-- {
		out[i] *= p
		p *= nums[i]
	}
	return out
}

func trap(h []int) int {
	l, r, lm, rm, water := 0, len(h)-1, 0, 0, 0
	for l < r {
		if h[l] < h[r] {
			lm = max(lm, h[l])
			water += lm - h[l]
			l++
		} else {
			rm = max(rm, h[r])
			water += rm - h[r]
			r--
		}
	}
	return water
}

func main() {
	m := [][]int{{3, 0, 1, 4, 2}, {5, 6, 3, 2, 1}, {1, 2, 0, 1, 5}, {4, 1, 0, 1, 7}, {1, 0, 3, 0, 5}}
	p := NewPrefix2D(m)
	fmt.Println(p.Sum(2, 1, 4, 3), p.Sum(1, 1, 2, 2), p.Sum(1, 2, 2, 4), p.Sum(0, 0, 4, 4))
	fmt.Println(subarraySumK([]int{1, 1, 1}, 2), subarraySumK([]int{1, 2, 3, -3, 3}, 3))
	fmt.Println(productExceptSelf([]int{1, 2, 3, 4}), productExceptSelf([]int{-1, 1, 0, -3, 3}))
	fmt.Println(trap([]int{0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}), trap([]int{4, 2, 0, 3, 2, 5}))
}
