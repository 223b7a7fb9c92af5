//go:build !linux

package multiprocessing

const abstractSockets = false
