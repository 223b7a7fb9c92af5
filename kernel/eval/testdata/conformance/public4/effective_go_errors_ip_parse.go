package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type SyntaxError struct {
	Line, Col int
	msg       string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.msg) }

type IP [4]byte

func (ip IP) String() string {
	parts := make([]string, 4)
	for i, b := range ip {
		parts[i] = strconv.Itoa(int(b))
	}
	return strings.Join(parts, ".")
}

func ParseIP(s string) (ip IP, err error) {
	fields := strings.Split(s, ".")
	if len(fields) != 4 {
		return ip, &SyntaxError{1, 1, fmt.Sprintf("want 4 fields, got %d", len(fields))}
	}
	col := 1
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil {
			return IP{}, &SyntaxError{1, col, fmt.Errorf("field %d: %w", i, err).Error()}
		}
		if n < 0 || n > 255 {
			return IP{}, &SyntaxError{1, col, "out of range"}
		}
		ip[i] = byte(n)
		col += len(f) + 1
	}
	return ip, nil
}

func main() {
	for _, in := range []string{"192.168.0.1", "10.0.0", "1.2.x.4", "1.2.3.999"} {
		ip, err := ParseIP(in)
		var se *SyntaxError
		switch {
		case err == nil:
			fmt.Println("ok", ip)
		case errors.As(err, &se):
			fmt.Printf("syntax error at col %d: %v\n", se.Col, err)
		default:
			fmt.Println("other", err)
		}
	}
	ips := map[IP]string{{127, 0, 0, 1}: "lo"}
	fmt.Println(ips, ips[IP{127, 0, 0, 1}])
	fmt.Printf("%v %s %d\n", IP{8, 8, 4, 4}, IP{1, 1, 1, 1}, IP{1, 2, 3, 4})
}
