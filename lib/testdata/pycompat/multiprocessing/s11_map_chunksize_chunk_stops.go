package main

import (
	"fmt"
	"math"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func check(x int) (int, error) {
	if x == 2 || x == 7 {
		return 0, fmt.Errorf("ValueError: bad item %d", x)
	}
	return x, nil
}

func pow(a, b int) int { return int(math.Pow(float64(a), float64(b))) }

func list(v []any) string {
	s := make([]string, len(v))
	for i, x := range v {
		if x == nil {
			s[i] = "None"
		} else {
			s[i] = fmt.Sprint(x)
		}
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(check, pow)
	pool := multiprocessing.NewPool(1)
	r1, _ := pool.Map(check, []int{0, 1, 3}, 2)
	fmt.Println(list(r1))
	r2, _ := pool.Map(check, []int{0, 1, 3}, 1)
	fmt.Println(list(r2))
	r3, _ := pool.Starmap(pow, [][]int{{2, 3}, {3, 2}}, 1)
	fmt.Println(list(r3))
	if _, err := pool.Map(check, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 5); err != nil {
		fmt.Println(err)
	}
	r := pool.MapAsync(check, []int{0, 1, 2, 3}, 4)
	r.Wait()
	fmt.Println(pyBool(r.Successful()))
	r4, _ := pool.Map(check, []int{0, 1, 2}, 0)
	fmt.Println(list(r4))
	r5, _ := pool.Map(check, []int{}, 3)
	fmt.Println(list(r5))
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
