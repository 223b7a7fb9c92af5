package main

import (
	"fmt"
	"sync"
)

func main() {
	nums := make([]int, 1000)
	for i := range nums {
		nums[i] = i + 1
	}
	const parts = 4
	sums := make([]int, parts)
	var wg sync.WaitGroup
	size := (len(nums) + parts - 1) / parts
	for p := 0; p < parts; p++ {
		lo := p * size
		hi := min(lo+size, len(nums))
		wg.Add(1)
		go func(chunk []int) {
			defer wg.Done()
			for _, v := range chunk {
				sums[p] += v
			}
		}(nums[lo:hi])
	}
	wg.Wait()
	total := 0
	for p, s := range sums {
		fmt.Println("part", p, s)
		total += s
	}
	fmt.Println("total", total)
}
