package main

import "fmt"

func CountingSort(a []int, maxVal int) []int {
	count := make([]int, maxVal+1)
	for _, v := range a {
		count[v]++
	}
	out := make([]int, 0, len(a))
	for v, c := range count {
		for range c {
			out = append(out, v)
		}
	}
	return out
}

func RadixSort(a []uint32) {
	buf := make([]uint32, len(a))
	for shift := 0; shift < 32; shift += 8 {
		var count [257]int
		for _, v := range a {
			count[(v>>shift)&0xff+1]++
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, v := range a {
			b := (v >> shift) & 0xff
			buf[count[b]] = v
			count[b]++
		}
		copy(a, buf)
	}
}

func ShellSort(a []int) {
	for gap := len(a) / 2; gap > 0; gap /= 2 {
		for i := gap; i < len(a); i++ {
			for j := i; j >= gap && a[j-gap] > a[j]; j -= gap {
				a[j], a[j-gap] = a[j-gap], a[j]
			}
		}
	}
}

func GnomeSort(a []string) {
	for i := 0; i < len(a); {
		if i == 0 || a[i-1] <= a[i] {
			i++
		} else {
			a[i], a[i-1] = a[i-1], a[i]
			i--
		}
	}
}

func main() {
	fmt.Println(CountingSort([]int{4, 2, 2, 8, 3, 3, 1, 0, 8}, 8))
	r := []uint32{170, 45, 75, 90, 802, 24, 2, 66, 1 << 31, 65536}
	RadixSort(r)
	fmt.Println(r)
	s := []int{23, 29, 15, 19, 31, 7, 9, 5, 2}
	ShellSort(s)
	fmt.Println(s)
	g := []string{"d", "b", "a", "c", "b"}
	GnomeSort(g)
	fmt.Println(g)
}
