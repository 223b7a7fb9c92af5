package main

import (
	"encoding"
	"fmt"
	"math/big"
	"net/netip"
	"time"
)

func main() {
	var apps []encoding.TextAppender
	apps = append(apps,
		time.Date(2024, 2, 11, 12, 30, 0, 0, time.UTC),
		netip.MustParseAddr("192.168.1.10"),
		netip.MustParsePrefix("10.0.0.0/8"),
		big.NewInt(12345),
	)
	buf := []byte("values:")
	for _, a := range apps {
		var err error
		buf = append(buf, ' ')
		buf, err = a.AppendText(buf)
		if err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(string(buf))

	var bin encoding.BinaryAppender = netip.MustParseAddr("1.2.3.4")
	b, err := bin.AppendBinary([]byte{9})
	fmt.Println(b, err)
	tb, _ := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AppendBinary(nil)
	var t time.Time
	fmt.Println(t.UnmarshalBinary(tb), t)
}
