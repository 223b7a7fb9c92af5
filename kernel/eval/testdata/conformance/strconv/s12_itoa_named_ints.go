package main

import (
	"fmt"
	"strconv"
)

type UserID int64
type Cents int

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return sign + "$" + strconv.Itoa(int(c)/100) + "." + fmt.Sprintf("%02d", int(c)%100)
}

func ParseCents(s string) (Cents, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, err
	}
	return Cents(f*100 + 0.5), nil
}

func main() {
	ids := []UserID{7, -12, 1 << 40}
	var buf []byte
	for _, id := range ids {
		buf = strconv.AppendInt(buf, int64(id), 36)
		buf = append(buf, ',')
	}
	fmt.Println(string(buf))
	for _, s := range []string{"7", "-c", "ldngbmm8"} {
		n, err := strconv.ParseInt(s, 36, 64)
		fmt.Println(UserID(n), err)
	}
	prices := []string{"12.34", "0.5", "x", "1e3"}
	for _, p := range prices {
		c, err := ParseCents(p)
		fmt.Println(c, err)
	}
	fmt.Println(Cents(-1999), strconv.Itoa(int(Cents(5))))
	for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x'} {
		fmt.Print(strconv.FormatFloat(1234.5678, f, 3, 64), " ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatUint(^uint64(0), 16), strconv.FormatComplex(complex(1.5, -2), 'f', 1, 128))
	c, err := strconv.ParseComplex("(3+4i)", 128)
	fmt.Println(c, err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	_, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(err)
}
