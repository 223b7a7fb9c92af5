package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s), s[1], s[1:3], s+"!", s < "hz", "a" < "b", "" < "a")
	b := s[0]
	fmt.Printf("%T %v %c\n", b, b, b)
	t := s
	t += " world"
	fmt.Println(s, t)
	fmt.Println("abc" == "ab"+"c", "x"[0] == 'x')
	multi := `raw\n
line`
	fmt.Println(len(multi), multi)
	var sb []byte
	for i := 0; i < 3; i++ {
		sb = append(sb, "ab"[i%2])
	}
	fmt.Println(string(sb))
}
