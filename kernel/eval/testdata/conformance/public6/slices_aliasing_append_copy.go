package main

import "fmt"

type Matrix [2][3]int

func modifyArray(a [3]int) [3]int { a[0] = 100; return a }
func modifySlice(s []int)         { s[0] = 100 }
func appendSlice(s []int) []int   { return append(s, 4) }

func main() {
	a := [3]int{1, 2, 3}
	b := modifyArray(a)
	fmt.Println(a, b)
	s := a[:]
	modifySlice(s)
	fmt.Println(a, s)

	base := make([]int, 3, 4)
	x := appendSlice(base)
	y := appendSlice(base)
	x[0] = 9
	fmt.Println(base, x, y, len(base), cap(base))
	z := append(base[:3:3], 5)
	z[1] = 7
	fmt.Println(base, z)

	nums := []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(nums[2:], nums)
	fmt.Println(nums)
	nums = []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(nums, nums[3:])
	fmt.Println(nums)
	n := copy(nums, []int{})
	_ = n

	bs := make([]byte, 5)
	fmt.Println(copy(bs, "héllo"), bs, string(bs))

	var m Matrix
	m2 := m
	m2[1][2] = 5
	rows := m2[:]
	rows[0][0] = 1
	fmt.Println(m, m2, rows)

	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune("...")
	}
	grid[1][1] = '#'
	row := grid[1]
	row[0] = '@'
	for _, r := range grid {
		fmt.Println(string(r))
	}

	// filtering in place shares the backing array
	vals := []int{1, 2, 3, 4, 5, 6}
	evens := vals[:0]
	for _, v := range vals {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens, vals)

	// full slice expression
	t := []string{"a", "b", "c", "d"}
	u := t[1:2:3]
	u = append(u, "X")
	u = append(u, "Y")
	u[0] = "B"
	fmt.Println(t, u, len(u), cap(u) >= 3)

	var nilS []int
	fmt.Println(nilS == nil, len(nilS[:0]), append(nilS, nilS...) == nil, fmt.Sprint(nilS[0:0]))
	arrp := &[4]int{1, 2, 3, 4}
	sl := arrp[1:3]
	sl[0] = 20
	for i, v := range arrp {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(len(arrp), cap(sl))
	arr2 := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", arr2, len(arr2))
	conv := [2]int(vals[:2])
	pconv := (*[2]int)(vals[2:4])
	pconv[0] = -1
	fmt.Println(conv, *pconv, vals)
}
