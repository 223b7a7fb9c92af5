package main

import "fmt"

func search(kind string, grid [][]int, target int) string {
	switch kind {
	case "rows":
	Rows:
		for i, row := range grid {
			for j, v := range row {
				if v == target {
					return fmt.Sprint("found at ", i, j)
				}
				if v < 0 {
					continue Rows
				}
			}
		}
		return "not found"
	default:
		n := 0
	Again:
		n++
		if n < 3 {
			goto Again
		}
		return fmt.Sprint("default looped ", n)
	}
}

func retry(x int) (out []string) {
	switch {
	case x > 0:
		goto Done
	Done:
		out = append(out, "done in case")
	}
	ch := make(chan int, 1)
	ch <- x
	select {
	case v := <-ch:
	Loop:
		for {
			v++
			if v > 3 {
				break Loop
			}
		}
		out = append(out, fmt.Sprint("select clause loop ended at ", v))
	}
	return out
}

func main() {
	grid := [][]int{{1, -1, 7}, {3, 7}}
	fmt.Println(search("rows", grid, 7))
	fmt.Println(search("rows", grid, 9))
	fmt.Println(search("other", nil, 0))
	fmt.Println(retry(1))
	var v interface{} = 2
	switch t := v.(type) {
	case int:
	Count:
		for i := 0; ; i++ {
			if i == t {
				fmt.Println("type switch label", i)
				break Count
			}
		}
	}
}
