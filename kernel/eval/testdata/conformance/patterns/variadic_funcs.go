package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func logf(prefix string, format string, args ...any) string {
	return prefix + fmt.Sprintf(format, args...)
}

func modify(xs ...int) { xs[0] = 100 }

func apply(f func(...int) int, xs ...int) int { return f(xs...) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[1:]...))
	fmt.Println(join("-", "a", "b", "c"), join(","), join("+", []string{"x", "y"}...))
	fmt.Println(logf("[info] ", "%d items, %s", 3, "ok"))
	fmt.Println(logf("[x] ", "no args"))
	modify(nums...)
	fmt.Println(nums)
	fmt.Println(apply(sum, 1, 2, 3, 4))
	var anys []any
	anys = append(anys, 1, "two", 3.0, nil)
	fmt.Println(anys...)
	fmt.Println(len(anys), fmt.Sprint(anys...), fmt.Sprintln("a", 1, 2, "b"))
}
