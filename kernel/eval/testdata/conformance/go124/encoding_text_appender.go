package main

import (
	"fmt"
	"log/slog"
	"math/big"
	"net/netip"
)

func main() {
	b, _ := slog.LevelWarn.AppendText([]byte("level="))
	fmt.Println(string(b))
	n, _ := big.NewInt(12345).AppendText([]byte("n="))
	fmt.Println(string(n))
	a, _ := netip.MustParseAddr("10.0.0.1").AppendText(nil)
	fmt.Println(string(a))
}
