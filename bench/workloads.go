package main

// libraryWorkloads measure lib/threading, lib/queue and lib/futures.
var libraryWorkloads = []workload{}

// processWorkloads measure lib/multiprocessing.
var processWorkloads = []workload{}
