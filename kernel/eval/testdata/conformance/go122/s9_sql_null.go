package main

import (
	"database/sql"
	"fmt"
	"time"
)

// database/sql.Null[T] (Go 1.22): Scan converts a driver's value as the
// other Scanners do, Value gives the driver value back.

type Celsius float64

func main() {
	var n sql.Null[int64]
	fmt.Println(n.Scan(int64(42)), n.V, n.Valid)
	fmt.Println(n.Scan([]byte("17")), n.V, n.Valid)
	fmt.Println(n.Scan(nil), n.V, n.Valid)
	err := n.Scan("x")
	fmt.Println(err, n.Valid)

	var s sql.Null[string]
	fmt.Println(s.Scan(int64(7)), s.V, s.Valid)
	v, err := s.Value()
	fmt.Printf("%T %v %v\n", v, v, err)

	var c sql.Null[Celsius]
	fmt.Println(c.Scan(21.5), c.V, c.Valid)
	v, err = c.Value()
	fmt.Printf("%T %v %v\n", v, v, err)

	var t sql.Null[time.Time]
	at := time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC)
	fmt.Println(t.Scan(at), t.V.Format(time.DateOnly), t.Valid)

	var b sql.Null[bool]
	fmt.Println(b.Scan("true"), b.V, b.Valid)
	var none sql.Null[int]
	v, err = none.Value()
	fmt.Println(v, err)
}
