package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergesort(a[:m]), mergesort(a[m:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func heapsort(a []int) {
	n := len(a)
	sift := func(root, end int) {
		for {
			child := 2*root + 1
			if child > end {
				return
			}
			if child+1 <= end && a[child] < a[child+1] {
				child++
			}
			if a[root] < a[child] {
				a[root], a[child] = a[child], a[root]
				root = child
			} else {
				return
			}
		}
	}
	for start := (n - 2) / 2; start >= 0; start-- {
		sift(start, n-1)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end-1)
	}
}

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j-1] > a[j]; j-- {
			a[j-1], a[j] = a[j], a[j-1]
		}
	}
}

func shell(a []int) {
	for gap := len(a) / 2; gap > 0; gap /= 2 {
		for i := gap; i < len(a); i++ {
			for j := i; j >= gap && a[j-gap] > a[j]; j -= gap {
				a[j-gap], a[j] = a[j], a[j-gap]
			}
		}
	}
}

func data() []int { return []int{31, 41, 59, 26, 53, 58, 97, 93, 23, 84, -7, 0, 26} }

func main() {
	a := data()
	quicksort(a)
	fmt.Println("quick:", a)
	fmt.Println("merge:", mergesort(data()))
	b := data()
	heapsort(b)
	fmt.Println("heap: ", b)
	c := data()
	insertion(c)
	fmt.Println("ins:  ", c)
	d := data()
	shell(d)
	fmt.Println("shell:", d)
	counts := make([]int, 200)
	for _, v := range data() {
		counts[v+100]++
	}
	var out []int
	for i, n := range counts {
		for ; n > 0; n-- {
			out = append(out, i-100)
		}
	}
	fmt.Println("count:", out)
}
