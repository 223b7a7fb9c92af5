package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func primesBelow(n int) []int {
	var ps []int
next:
	for i := 2; i < n; i++ {
		for _, p := range ps {
			if p*p > i {
				break
			}
			if i%p == 0 {
				continue next
			}
		}
		ps = append(ps, i)
	}
	return ps
}

func parse(tokens []string) (out []string) {
	i := 0
start:
	if i >= len(tokens) {
		goto end
	}
	switch tokens[i] {
	case "skip":
		i += 2
		goto start
	case "stop":
		goto end
	}
	out = append(out, tokens[i])
	i++
	goto start
end:
	return
}

func main() {
	fmt.Println(findPair([]int{3, 9, 4, 7, 1}, 8))
	fmt.Println(findPair([]int{1, 2}, 10))
	fmt.Println(primesBelow(50))
	fmt.Println(parse([]string{"a", "skip", "b", "c", "stop", "d"}))
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			switch {
			case !ok:
				break loop
			case v%3 == 0:
				continue loop
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)
	matrix := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	count := 0
rows:
	for _, row := range matrix {
	cols:
		for _, v := range row {
			switch {
			case v == 5:
				continue rows
			case v == 8:
				break cols
			}
			count++
		}
	}
	fmt.Println("count", count)
	n := 0
	func() {
	inner:
		for {
			n++
			if n > 3 {
				break inner
			}
		}
	}()
	fmt.Println(n)
}
