package main

import "fmt"

type Small int8

const (
	MinSmall Small = -128
	MaxSmall Small = 127
)

func clamp(v int) Small {
	switch {
	case v < int(MinSmall):
		return MinSmall
	case v > int(MaxSmall):
		return MaxSmall
	}
	return Small(v)
}

func half(s Small) Small { return s / 2 }

func main() {
	fmt.Println(clamp(-1000), clamp(1000), clamp(5))
	fmt.Println(half(MaxSmall), half(MinSmall), MaxSmall/2, MinSmall/2)
	const mask uint8 = 0xF0
	var v uint8 = 0xAB
	fmt.Println(v&mask, v&^mask, v|^mask, mask>>4)
	const total = MaxSmall + MinSmall
	fmt.Printf("%v %T\n", total, total)
	arr := [4]string{"a", "b", "c", "d"}
	const last = len(arr) - 1
	fmt.Println(arr[last], arr[last-1:], len("héllo"))
	var s Small = MaxSmall
	s++
	fmt.Println(s, -(MinSmall + 1))
}
