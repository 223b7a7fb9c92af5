package main

import "fmt"

func Sum(a *[3]float64) (sum float64) {
	for _, v := range *a {
		sum += v
	}
	return
}

func Append(slice, data []byte) []byte {
	l := len(slice)
	if l+len(data) > cap(slice) {
		newSlice := make([]byte, (l+len(data))*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0 : l+len(data)]
	copy(slice[l:], data)
	return slice
}

type Transform [3][3]float64
type LinesOfText [][]byte

func main() {
	array := [...]float64{7.0, 8.5, 9.1}
	x := Sum(&array)
	fmt.Printf("%.1f\n", x)
	b := array
	b[0] = 0
	fmt.Println(array, b)
	s := Append([]byte("hello"), []byte(", world"))
	fmt.Println(string(s), len(s), cap(s))
	var t Transform
	t[1][1] = 1
	fmt.Println(t)
	text := LinesOfText{[]byte("Now is the time"), []byte("for all good gophers")}
	fmt.Println(len(text), string(text[1]))
	YSize, XSize := 3, 4
	picture := make([][]uint8, YSize)
	for i := range picture {
		picture[i] = make([]uint8, XSize)
	}
	pixels := make([]uint8, XSize*YSize)
	for i := range picture {
		picture[i], pixels = pixels[:XSize], pixels[XSize:]
	}
	picture[2][3] = 9
	fmt.Println(picture)
}
