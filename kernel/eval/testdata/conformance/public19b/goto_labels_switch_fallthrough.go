package main

import "fmt"

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score < 0:
		fallthrough
	case score > 100:
		return "invalid"
	default:
		return "C"
	}
}

func describe(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "small")
		fallthrough
	default:
		out = append(out, "number")
	case 5, 6, 7:
		out = append(out, "five-to-seven")
	}
	return out
}

func search(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				goto found
			}
			_ = j
		}
		continue
	found:
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	for _, n := range []int{1, 6, 27} {
		fmt.Print(collatz(n), " ")
	}
	fmt.Println()
	for _, s := range []int{95, 85, -3, 101, 50} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, n := range []int{0, 1, 3, 6} {
		fmt.Println(n, describe(n))
	}
	fmt.Println(search([][]int{{1, 2}, {3, 4}, {5, 6}}, 4))
	fmt.Println(search([][]int{{1}}, 9))
	i := 0
rows:
	for ; i < 5; i++ {
		switch {
		case i == 1:
			continue rows
		case i == 3:
			break rows
		}
		fmt.Print("row", i, " ")
	}
	fmt.Println("stopped at", i)
	x := 5
	switch y := x * 2; {
	case y > 5:
		fmt.Println("y big", y)
	}
	switch x := "shadow"; x {
	case "shadow":
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	count := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			count += v
		}
	}
	fmt.Println("count", count)
	n := 0
again:
	n++
	if n < 3 {
		goto again
	}
	fmt.Println("n", n)
	switch v := any(3.5).(type) {
	case int:
		fmt.Println("int", v)
	case float64:
		if v > 3 {
			break
		}
		fmt.Println("small float")
	}
	fmt.Println("after switch")
	for i := range 3 {
		switch i {
		case 1:
			continue
		}
		fmt.Print("i=", i, " ")
	}
	fmt.Println()
}
