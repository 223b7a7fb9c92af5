package main

import (
	"fmt"
	"sort"
)

func threeSum(nums []int) [][]int {
	sort.Ints(nums)
	var out [][]int
	for i := 0; i < len(nums)-2; i++ {
		if i > 0 && nums[i] == nums[i-1] {
			continue
		}
		l, r := i+1, len(nums)-1
		for l < r {
			switch s := nums[i] + nums[l] + nums[r]; {
			case s < 0:
				l++
			case s > 0:
				r--
			default:
				out = append(out, []int{nums[i], nums[l], nums[r]})
				for l < r && nums[l] == nums[l+1] {
					l++
				}
				for l < r && nums[r] == nums[r-1] {
					r--
				}
				l, r = l+1, r-1
			}
		}
	}
	return out
}

func maxArea(h []int) int {
	best, l, r := 0, 0, len(h)-1
	for l < r {
		best = max(best, min(h[l], h[r])*(r-l))
		if h[l] < h[r] {
			l++
		} else {
			r--
		}
	}
	return best
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

func removeDuplicates(nums []int) int {
	k := 0
	for _, n := range nums {
		if k < 2 || n != nums[k-2] {
			nums[k] = n
			k++
		}
	}
	return k
}

func moveZeroes(nums []int) {
	w := 0
	for _, n := range nums {
		if n != 0 {
			nums[w] = n
			w++
		}
	}
	clear(nums[w:])
}

func sortColors(nums []int) {
	lo, mid, hi := 0, 0, len(nums)-1
	for mid <= hi {
		switch nums[mid] {
		case 0:
			nums[lo], nums[mid] = nums[mid], nums[lo]
			lo++
			mid++
		case 1:
			mid++
		case 2:
			nums[mid], nums[hi] = nums[hi], nums[mid]
			hi--
		}
	}
}

func main() {
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4}), threeSum([]int{0, 0, 0, 0}), len(threeSum([]int{1, 2})))
	fmt.Println(maxArea([]int{1, 8, 6, 2, 5, 4, 8, 3, 7}), trap([]int{0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}), trap([]int{4, 2, 0, 3, 2, 5}))
	a := []int{0, 0, 1, 1, 1, 1, 2, 3, 3}
	k := removeDuplicates(a)
	fmt.Println(k, a[:k], a)
	z := []int{0, 1, 0, 3, 12}
	moveZeroes(z)
	fmt.Println(z)
	c := []int{2, 0, 2, 1, 1, 0}
	sortColors(c)
	fmt.Println(c)
}
