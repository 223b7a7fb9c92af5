package main

import "fmt"

func noResult() {
	fmt.Println("noResult")
	return
}

func multi() (int, string, error) { return 1, "a", nil }

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func forward() (int, string, error) { return multi() }

func early(n int) string {
	for i := 0; ; i++ {
		if i == n {
			return fmt.Sprint("reached ", i)
		}
	}
}

func main() {
	noResult()
	fmt.Println(multi())
	fmt.Println(named(3))
	fmt.Println(forward())
	fmt.Println(early(4))
}
