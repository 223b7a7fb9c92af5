package main

import "fmt"

func Greeting(prefix string, who ...string) string {
	if who == nil {
		return prefix + " nobody"
	}
	return fmt.Sprint(prefix, " ", len(who), who)
}

func sum(nums ...int) (t int) {
	for _, n := range nums {
		t += n
	}
	nums = append(nums[:0], 0)
	return
}

func main() {
	fmt.Println(Greeting("nobody"))
	fmt.Println(Greeting("hello:", "Joe", "Anna", "Eileen"))
	s := []string{"James", "Jasmine"}
	fmt.Println(Greeting("goodbye:", s...))
	xs := []int{1, 2, 3}
	fmt.Println(sum(xs...), xs)
	fmt.Println(sum(), sum([]int{}...))
	var f func(...interface{}) (int, error) = fmt.Println
	f("via", "func", "value")
	args := []interface{}{1, "a", nil}
	fmt.Println(args...)
}
